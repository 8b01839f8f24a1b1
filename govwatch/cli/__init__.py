"""The ``govwatch`` command: thin subcommands that parse arguments and call into the four parts."""
