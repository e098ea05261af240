"""Excel and PDF files: the only package importing openpyxl, python-calamine and reportlab."""
