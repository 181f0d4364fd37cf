Hello ${name},

${agency} has issued invoice ${number} to ${client}: ${amount}, due on ${due}.

See it and download its PDF in your client portal (sign in as ${email}):
${link}
