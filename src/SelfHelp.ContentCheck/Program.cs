using SelfHelp.ContentCheck;

return ContentCheckCommand.Run(args, Console.Out, Console.Error);
