Hello ${name},

Someone asked to reset the password of ${email} at ${agency}. If it was you, choose a new password here (the link works once and until ${expires}):
${link}

If it was not you, ignore this email: your password stays as it is.
