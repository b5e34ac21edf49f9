"""Everything the user sees: the window, pages, dialogs, item models and translations."""
