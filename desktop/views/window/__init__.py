"""The main window's helpers: each acts on the window for one part of it (Vorta's tab helpers).

:class:`desktop.views.main_window.MainWindow` builds them and wires their signals; they reach the
window's widgets and its month flow through it, and keep only what their part needs (the dialog
open last, the Undo offer, the changes kept for other connections, the departments list, the
error shown last). Start-up and the departments are in :mod:`.loading`; what the month
controller says is shown by :mod:`.presenter`.
"""
