Console.Error.WriteLine("usage: Bot [console | ask \"QUESTION\" [--json] | telegram | digest [--dry-run]]");
return 2;
