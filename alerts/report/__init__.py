"""Inspection reports: ``inspection.build_report`` computes, ``xlsx`` / ``html`` export, ``charts`` draws."""
