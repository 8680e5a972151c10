% Searching for activation functions (Swish), Ramachandran et al. (2017), Sec. 4
\beta \in \mathbb{R}

f(x) = x \cdot \sigma(\beta x)
