% Classifier-free guidance, Ho & Salimans (2022), Eq. 6: guided noise prediction with weight w
\epsilon_c, \epsilon_u \in \mathbb{R}^{d}, w \in \mathbb{R}

\tilde{\epsilon} = (1 + w)\epsilon_c - w\epsilon_u
