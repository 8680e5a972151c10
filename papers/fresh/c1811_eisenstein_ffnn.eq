% Eisenstein, Introduction to Natural Language Processing (2019), Sec. 3.1 (Eqs. 3.1-3.2 there, numbers not checked),
% from memory of the printing: arrows in the superscripts name the weight matrices, \sigma the element-wise sigmoid;
% shapes from the prose (K_z hidden units, K_y labels, V features)
\boldsymbol{x} \in \mathbb{R}^{V}, \boldsymbol{\Theta}^{(x \to z)} \in \mathbb{R}^{K_z \times V}, \boldsymbol{\Theta}^{(z \to y)} \in \mathbb{R}^{K_y \times K_z}, \boldsymbol{b} \in \mathbb{R}^{K_y}

\boldsymbol{z} = \sigma(\boldsymbol{\Theta}^{(x \to z)} \boldsymbol{x})
p(y \mid \boldsymbol{z}; \boldsymbol{\Theta}^{(z \to y)}, \boldsymbol{b}) = \text{SoftMax}(\boldsymbol{\Theta}^{(z \to y)} \boldsymbol{z} + \boldsymbol{b})
