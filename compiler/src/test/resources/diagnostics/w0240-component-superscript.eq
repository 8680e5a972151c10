% Temperature scaling's confidence as Guo et al. print it: the k-th component written as a parenthesised superscript.
z \in \mathbb{R}^{n \times K}, T \in \mathbb{R}
\hat{q}_i = \max_k \sigma_{SM}(z_i / T)^{(k)}
% ~WARNING W0240
