from h import *
for s in [10.,4000.,20000.]:
    exp=512**-0.5*min(s**-0.5,s*4000**-1.5)
    run('c30_noam', {'d_{model}':512,'\\mathrm{step\\_num}':s,'\\mathrm{warmup\\_steps}':4000}, np.array(exp))
