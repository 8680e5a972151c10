% Batch normalization (Ioffe & Szegedy, 2015, Alg. 1) copied from a PDF: the square root
% came out as the character √ instead of \sqrt.
x \in \mathbb{R}^{m \times d}, \mu_B, \sigma_B \in \mathbb{R}^{d}
\epsilon = 10^{-5}
\hat{x} = (x - \mu_B) / √(\sigma_B^2 + \epsilon)
% ~ERROR E0001
