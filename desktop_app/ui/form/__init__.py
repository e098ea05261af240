"""The registration form (Pendaftaran): fields, heirs, NIK assistance and the save flow."""
