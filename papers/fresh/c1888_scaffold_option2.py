from h import *
rng=np.random.default_rng(1888); d=4; ci,c,x,y=(rng.normal(size=d) for _ in range(4))
run('c1888_scaffold_option2', {'c_i':ci,'c':c,'x':x,'y_i':y}, ci-c+(x-y)/(5*0.1), fn='c_i^+')
