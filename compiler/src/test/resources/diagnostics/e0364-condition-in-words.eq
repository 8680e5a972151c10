% Shazeer et al.'s KeepTopK: the condition of the first row is a sentence
v \in \mathbb{R}^{n}, k = 2

K_i = \begin{cases} v_i & \text{if } v_i \text{ is in the top } k \text{ elements of } v. \\ -\infty & \text{otherwise.} \end{cases}
% ~ERROR E0364
