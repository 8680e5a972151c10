% Layer normalization as labml.ai's annotated implementation prints it (Ba et al. 2016): the mean and
% variance over the feature axis C of each row of X. \gamma, \beta and \epsilon are scalars here
% (added declarations). The square variant has as many rows as features: a reading that centred
% columns instead of rows would only show there.
X \in \mathbb{R}^{N \times C}, \gamma, \beta \in \mathbb{R}, \epsilon = 10^{-5}

\text{LN}(X) = \gamma \frac{X - \underset{C}{\mathbb{E}}[X]}{\sqrt{\underset{C}{Var}[X] + \epsilon}} + \beta
