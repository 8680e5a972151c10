% Beta calibration, Kull, Silva Filho & Flach (2017), Eq. 3 (the beta calibration map), from memory of the printing:
% s the classifier's scores in (0, 1), one per sample; a, b, c the fitted parameters
s \in \mathbb{R}^{n}, a = 1.5, b = 0.7, c = -0.2

\mu_{beta}(s; a, b, c) = \frac{1}{1 + 1 / \left(e^c \frac{s^a}{(1 - s)^b}\right)}
