Your password for ${agency} was changed
