% Gemma 2, Gemma Team (2024), Sec. 2 (logit soft-capping): "logits <- soft_cap * tanh(logits / soft_cap)"
\text{logits} \in \mathbb{R}^{n}, \text{soft\_cap} \in \mathbb{R}

\text{logits} \leftarrow \text{soft\_cap} * \tanh(\text{logits} / \text{soft\_cap})
