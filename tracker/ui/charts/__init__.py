"""Charts drawn with matplotlib inside the window; matplotlib loads when the first one is built."""
