Reset your password for ${agency}
