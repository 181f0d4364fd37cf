Hello ${name},

Your agency ${agency} is ready on the client portal, and you are its admin.

Set your password here (the link works once and until ${expires}):
${link}

Your sign-in email is ${email}.
