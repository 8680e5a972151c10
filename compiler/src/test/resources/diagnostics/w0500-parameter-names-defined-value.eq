% Eisenstein's classifier: the conditional names the value z defined above
\boldsymbol{x}, \boldsymbol{b} \in \mathbb{R}^{3}

\boldsymbol{z} = \sigma(\boldsymbol{x})
p(\boldsymbol{b} \mid \boldsymbol{z}) = \mathrm{softmax}(\boldsymbol{z} + \boldsymbol{b})
% ~WARNING W0500
