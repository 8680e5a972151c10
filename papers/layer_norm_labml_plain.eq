% Layer normalization as labml.ai's annotated implementation writes it without axes (Ba et al. 2016):
% \mathbb{E}[X] and Var[X] (italic letters) are the statistics of each row of X over its features.
% X is not declared, as printed; \epsilon = 10^{-5} added. The square variant has as many rows as
% features: a reading that centred columns would only show there.
\epsilon = 10^{-5}

\hat{X} = \frac{X - \mathbb{E}[X]}{\sqrt{Var[X] + \epsilon}}
