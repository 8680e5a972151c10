from h import *
for s in [10.,4000.,20000.]:
    exp=512**-0.5*min(s**-0.5,s*4000**-1.5)
    run('c30b_noam_bare', {'d_{model}':512,'step\\_num':s,'warmup\\_steps':4000}, np.array(exp))
