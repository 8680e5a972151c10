from h import *
rng=np.random.default_rng(1363); na=4; p=rng.random(na)+.1; p/=p.sum(); q=rng.normal(size=na); al=0.3
run('c1363_sacd_value', {r'\pi(s_t)':p, 'Q(s_t)':q, r'\alpha':al}, np.array(p@(q-al*np.log(p))), fn='V')
