% Pseudo-Label, Lee (2013), Eq. 1 as printed (from memory of the printing): the pseudo-label of an unlabelled sample is
% the one-hot vector of the class with the maximum predicted probability f_{i'}(x); f(x) the C outputs (prose)
f(x) \in \mathbb{R}^{C}

y'_i = \begin{cases} 1 & \text{if } i = \operatorname{argmax}_{i'} f_{i'}(x) \\ 0 & \text{otherwise} \end{cases}
