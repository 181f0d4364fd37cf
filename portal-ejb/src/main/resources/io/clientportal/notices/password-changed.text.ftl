Hello ${name},

The password of ${email} at ${agency} was just changed.
If you did not do this, contact ${agency} right away.
