% Causal attention mask (Vaswani et al. 2017, Sec. 3.2.3, "masking out (setting to -inf) ... illegal
% connections") as commonly printed with its range; n the sequence length, an integer (prose)
n \in \mathbb{N}

M_{ij} = \begin{cases} 0 & j \le i \\ -\infty & j > i \end{cases}, \quad i, j = 1, \dots, n
