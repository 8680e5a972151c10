from h import *
rng=np.random.default_rng(948); B=5
pw,pl=(rng.uniform(0.05,0.9,size=B) for _ in range(2))
o=lambda p: p/(1-p)
out=-torch.nn.functional.logsigmoid(torch.log(T(o(pw))/T(o(pl))))
# the paper averages L_OR with L_SFT over the data (Eq. 6); per pair here, the expectation is not printed in Eq. 7
run('c948_orpo', {r'P_\theta(y_w|x)':pw, r'P_\theta(y_l|x)':pl}, out.numpy(), fn=r'\mathcal{L}_{OR}')
