"""The bundle's entry point: the window, or the command line when given its arguments."""

import sys

from kehoach_desktop.launch import main

if __name__ == "__main__":
    sys.exit(main())
