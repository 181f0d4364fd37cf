Invoice ${number} from ${agency}
