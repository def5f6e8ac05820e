"""The exceptions textchain raises. They pickle with their attributes (a Dask worker's error reaches the
client whole)."""


class Error(Exception):
    """Base class of textchain's exceptions."""


class ConfigError(Error):
    """A bad chain configuration (a TOML error, an unknown plugin or option, a bad option value).

    ``file``, ``line`` and ``column`` locate it when known (None otherwise); ``message`` is the text
    without the location; ``str(e)`` is the whole "file:line:column: message".
    """

    def __init__(self, what, file=None, line=None, column=None, message=None):
        super().__init__(what)
        self.file = file
        self.line = line
        self.column = column
        self.message = what if message is None else message

    def __reduce__(self):
        return (type(self), (str(self), self.file, self.line, self.column, self.message))


class PluginError(Error):
    """A plugin library not found or refused (not a plugin, another ABI, a duplicate name)."""
