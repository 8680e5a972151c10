% "Add & Norm" (Vaswani et al., 2017, §3.1): the residual connection around a sublayer,
% followed by layer normalization (Ba, Kiros & Hinton, 2016), LayerNorm(x + Sublayer(x))
x, s \in \mathbb{R}^{d_{model}}
\gamma, \beta \in \mathbb{R}^{d_{model}}
\epsilon = 10^{-5}

% Layer normalization over the model dimension
\mathrm{LN}(x) = \gamma \odot \frac{x - \mathrm{mean}(x)}{\sqrt{\mathrm{Var}(x) + \epsilon}} + \beta
% The residual connection: add the sublayer's output s to its input x, then normalize
\mathrm{AddNorm}(x, s) = \mathrm{LN}(x + s)
