from h import *
rng=np.random.default_rng(986); N=7; w=rng.random(N); y=rng.choice([-1.,1.],N); G=y.copy(); G[[0,3]]*=-1
miss=(y!=G).astype(float); err=(w*miss).sum()/w.sum(); a=np.log((1-err)/err)
run('c986_adaboost_esl', {'w':w,'y':y,'G_m(x)':G}, w*np.exp(a*miss))
