Hello ${name},

${agency} invites you to its client portal, where you will find the invoices and approved hours of ${client}.

Set your password here (the link works once and until ${expires}):
${link}

Your sign-in email is ${email}.
