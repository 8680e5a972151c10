from h import *
rng=np.random.default_rng(1718); A=4; q=rng.normal(size=A); p=rng.random(A); p/=p.sum()
run('c1718_sb_expected_sarsa', {'R_{t+1}':1.0, r'\gamma':0.9, 'Q(S_{t+1}, a)':q, r'\pi(a \mid S_{t+1})':p}, np.array(1.0+0.9*p@q), fn='G')
