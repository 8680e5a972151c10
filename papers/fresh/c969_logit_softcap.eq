% Gemma 2 (Gemma Team, 2024), Sec. 2 "Logit soft-capping": logits <- soft_cap * tanh(logits / soft_cap), with
% soft_cap 30 for the final layer
\text{logits} \in \mathbb{R}^{V}, \text{soft\_cap} = 30

\text{logits}' = \text{soft\_cap} * \tanh(\text{logits} / \text{soft\_cap})
