from h import *
rng=np.random.default_rng(946); V=7
p=rng.dirichlet(np.ones(V)); q=rng.dirichlet(np.ones(V))
run('c946_specdec_accept', {'p':p,'q':q}, np.minimum(1,p/q), fn='a')
