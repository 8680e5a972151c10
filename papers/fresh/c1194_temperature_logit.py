from h import *
rng=np.random.default_rng(1194); n=5; p=rng.uniform(0.05,0.95,n); Tt=1.7
run('c1194_temperature_logit', {'p':p,'T':Tt}, torch.sigmoid(torch.logit(T(p))/Tt).numpy(), fn=r'\hat{q}')
