Console.Error.WriteLine("usage: Bot.Bench quality | perf");
return 2;
