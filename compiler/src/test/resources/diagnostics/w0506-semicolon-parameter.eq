% Beta calibration's fixed parameters after the semicolon, given as numbers above
s \in \mathbb{R}^{3}, a = 1.5

f(s; a) = s^a
% ~WARNING W0506
