"""Reading lists into the office: village lists (``service``) and BPJS's answers (``answers``).

One folder for the whole import feature: how a sheet is read into rows is
``formats.xlsx_reader``; from there on everything lives here — header
recognition (``headers``), cell conversion and damage detection (``cells``),
one row to a registration (``rows``), the preview every row gets a status in
(``preview``), the report of rows not imported (``report``), and the two use
cases, ``ImportService`` and ``AnswerService``.
"""
