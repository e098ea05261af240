"""The Batch page: batches, their members and totals, export, BPJS answer, printing."""
