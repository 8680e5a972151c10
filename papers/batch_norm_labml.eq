% Batch normalization of an image batch as labml.ai's annotated implementation prints it (Ioffe &
% Szegedy 2015): per channel C, the mean and variance over the batch and the spatial axes B, H, W.
% X's layout B x C x H x W is stated in the prose (added declaration); \gamma, \beta scalars here.
X \in \mathbb{R}^{B \times C \times H \times W}, \gamma, \beta \in \mathbb{R}, \epsilon = 10^{-5}

\text{BN}(X) = \gamma \frac{X - \underset{B, H, W}{\mathbb{E}}[X]}{\sqrt{\underset{B, H, W}{Var}[X] + \epsilon}} + \beta
