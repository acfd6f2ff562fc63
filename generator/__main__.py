import sys

from generator.cli import main

if __name__ == "__main__":  # a module a worker process (workers.py) may import must not run the command
    sys.exit(main())
