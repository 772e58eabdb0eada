"""Generated registers: the demo history a newcomer explores (``demo``) and a register of
national size for measuring speed (``federation``)."""
