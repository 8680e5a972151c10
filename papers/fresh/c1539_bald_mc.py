from h import *
rng=np.random.default_rng(1539); Tn,C=6,4; p=torch.softmax(T(rng.normal(size=(Tn,C))),1)
pm=p.mean(0)
run('c1539_bald_mc', {r'\hat{p}':p.numpy()}, (-(pm*pm.log()).sum()+(p*p.log()).sum()/Tn).numpy(), fn=r'\mathbb{I}')
