"""Small input widgets shared by the form, the wizard and the settings."""
