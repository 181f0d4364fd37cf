You are invited to the ${agency} client portal
