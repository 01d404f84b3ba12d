"""Call transcripts: engines (engines.py), the service (service.py), a background runner
(runner.py) and Ukrainian PDF/DOCX/dossier exports (export.py)."""
